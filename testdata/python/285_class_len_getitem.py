# __len__ and __getitem__ make a sequence-like class
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        return self.songs[index]

p = Playlist("a", "b", "c")
print(len(p), p[0], p[-1], p[1:])
for song in p:
    print("song", song)
print("b" in p, list(reversed(p)))
print(p[5])
