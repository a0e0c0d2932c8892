# wrong argument counts for lambdas name them <lambda>
double = lambda x: x * 2
print(double(4))
print(double(1, 2))
