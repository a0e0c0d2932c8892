# calling an instance method on the class without self
class Greeter:
    def greet(self):
        return "hi"

print(Greeter().greet())
print(Greeter.greet())
