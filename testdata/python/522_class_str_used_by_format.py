# format() and f-strings use __format__, falling back to __str__
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __str__(self):
        return f"{self.celsius}°C"
    def __format__(self, spec):
        if spec == "f":
            return f"{self.celsius * 9 / 5 + 32:.1f}°F"
        return format(str(self), spec)

t = Temperature(21.5)
print(t, f"{t}", f"{t:f}", f"[{t:>10}]", format(t, "f"))
