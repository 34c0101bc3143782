from tools.text import shout
import tools.numbers

print(shout("quiet"), tools.numbers.double(21))
