# filtering file names by prefix and suffix
files = ["views.py", "models.py", "test_views.py", "README.md", "test_models.py", "urls.py"]
tests = [f for f in files if f.startswith("test_")]
python = [f for f in files if f.endswith((".py", ".pyi"))]
print(tests)
print(len(python), sorted(python, key=len)[:2])
