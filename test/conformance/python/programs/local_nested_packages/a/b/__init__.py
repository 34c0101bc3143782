LEVEL = "a.b"
