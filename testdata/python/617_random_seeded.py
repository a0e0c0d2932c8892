# random after random.seed(n) draws exactly CPython's Mersenne Twister numbers
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abcdef"), random.getrandbits(40))
x = list(range(10))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 5))
print(random.choices("abc", k=3), random.choices("abc", weights=[1, 2, 3], k=3), random.sample(range(1000), 3))
random.seed("hello")
print(random.random(), random.randrange(10), random.randrange(-10, -2, 3))
random.seed(2**80 + 12345)
print(random.random(), random.randint(-5, 5))
random.seed(-7)
print(random.random(), [random.randint(1, 6) for _ in range(10)])
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0),
            lambda: random.sample([1, 2], 5), lambda: random.randrange(1, 2, 0), lambda: random.sample({1, 2}, 1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
