class HelperError(Exception):
    def __str__(self):
        return "custom str " + str(self.args)

class Empty(Exception):
    pass
