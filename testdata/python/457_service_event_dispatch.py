# signals-style receivers registered by decorator and dispatched
receivers = {}

def receiver(signal):
    def register(func):
        receivers.setdefault(signal, []).append(func)
        return func
    return register

@receiver("post_save")
def log_save(sender, **kwargs):
    print("saved", sender, kwargs.get("created"))

@receiver("post_save")
def notify(sender, **kwargs):
    print("notify about", sender)

def send(signal, sender, **kwargs):
    return [(r.__name__, r(sender, **kwargs)) for r in receivers.get(signal, [])]

print(send("post_save", "Book", created=True))
print(send("pre_delete", "Book"))
