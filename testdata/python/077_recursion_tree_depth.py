# recursion over a nested dict tree of categories
tree = {"name": "root", "children": [
    {"name": "books", "children": [{"name": "novels", "children": []}]},
    {"name": "music", "children": []},
]}
def walk(node, depth=0):
    print("  " * depth + node["name"])
    for child in node["children"]:
        walk(child, depth + 1)
    return 1 + sum(0 for _ in node["children"])

walk(tree)
