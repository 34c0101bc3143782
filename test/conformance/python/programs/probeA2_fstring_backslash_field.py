# Python 3.11 refuses a backslash anywhere in an f-string's field, inside a string there too
# (3.12 allows it). The error stands at the token after the f-string, as 3.11 reports it.
words = ["alpha", "beta"]
print(f"{len(words)} words")
print(f"joined: {'\n'.join(words)}", "done")
