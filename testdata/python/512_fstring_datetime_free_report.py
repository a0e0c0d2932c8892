# a summary line with f-string arithmetic and conditional text
total, done = 12, 9
print(f"{done}/{total} tasks done ({done / total:.0%})")
print(f"{'all' if done == total else total - done} {'task' if total - done == 1 else 'tasks'} left")
print(f"{'=' * 20}")
