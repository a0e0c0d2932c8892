# instances in a list of objects filtered and sorted by attribute
class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return self.name

staff = [Employee("ann", "it", 5), Employee("bob", "hr", 4), Employee("cid", "it", 7)]
it = [e for e in staff if e.dept == "it"]
print(it, sorted(staff, key=lambda e: -e.salary))
print(max(staff, key=lambda e: e.salary), sum(e.salary for e in it))
