# split, rsplit, splitlines, partition and join
csv = "a,b,,c"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 1))
print("  many   spaces here ".split())
print("line1\nline2\r\nline3".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("-".join(["2024", "01", "31"]), "".join(reversed("abc")))
print("no sep".partition(":"))
