LEVEL = "a"
