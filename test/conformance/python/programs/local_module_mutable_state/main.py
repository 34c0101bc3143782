import registry
import plugin_a
import plugin_b

print(registry.ITEMS)
registry.ITEMS.append("from main")
print(plugin_a.count(), registry.ITEMS[-1])
