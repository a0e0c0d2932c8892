# a subclass overrides a method and calls the parent with super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return self.speak() + "."

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"

print(Animal("generic").describe())
print(Dog("Rex").describe())
print(isinstance(Dog("x"), Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
