def total(*nums):
    print(type(nums).__name__, len(nums))
    return sum(nums)


print(total(), total(1), total(1, 2, 3))
xs = [4, 5, 6]
print(total(*xs), total(0, *xs, 7), total(*range(4), *xs))
