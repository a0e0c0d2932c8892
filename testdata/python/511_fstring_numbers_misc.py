# number formatting: signs, zero padding, thousands and percent
for n in [0, 7, -7, 1234.5, 0.075]:
    print(f"{n:+} {n:08.2f} {n:,.1f} {n:.0%} {n:e}")
