import os
import os.path

print(os.path.join("data", "names.txt"), os.path.join("a", "b", "c.py"))
print(os.path.basename("/x/y/file.tar.gz"), os.path.dirname("/x/y/file.tar.gz"))
print(os.path.splitext("model.weights.json"), os.path.splitext("README"))
print(os.path.exists("std_os_path.py"), os.path.exists("no_such_file.txt"))
print(os.path.isfile("std_os_path.py"), os.path.isfile("nope"))
print(os.path.join("a", "/abs"), os.path.basename("dir/"), os.path.split("a/b/c"))
