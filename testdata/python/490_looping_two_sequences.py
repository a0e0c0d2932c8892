# looping over two sequences at once with zip and enumerate
questions = ["name", "quest", "favorite color"]
answers = ["lancelot", "the holy grail", "blue"]
for q, a in zip(questions, answers):
    print("What is your {0}?  It is {1}.".format(q, a))
for i, (q, a) in enumerate(zip(questions, answers)):
    print(i, q[:4], a[-4:])
