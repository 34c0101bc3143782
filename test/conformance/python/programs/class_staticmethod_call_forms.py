class MathUtil:
    @staticmethod
    def clamp(x, lo=0, hi=1):
        return max(lo, min(hi, x))

    def use(self, x):
        return self.clamp(x) + MathUtil.clamp(x, -5, 5)


print(MathUtil.clamp(3), MathUtil.clamp(-2), MathUtil.clamp(0.25))
print(MathUtil().use(2), MathUtil().clamp(9, hi=4))
