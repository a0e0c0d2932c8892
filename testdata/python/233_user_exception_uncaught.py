# an uncaught user exception reports its class name and message
class ValidationError(Exception):
    pass

def validate_age(age):
    if age < 0:
        raise ValidationError(f"age must be positive, got {age}")
    return age

print(validate_age(30))
validate_age(-2)
