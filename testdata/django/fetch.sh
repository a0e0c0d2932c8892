#!/bin/sh
# fetch.sh CACHE: put Django 5.2 (Debian unstable's python3-django, with
# python3-asgiref and python3-sqlparse) into CACHE, unpacked, not installed,
# and CACHE/python3, which runs /usr/bin/python3 with that Django on
# unstable's SQLite (libsqlite3-0, the version the engine embeds) and the
# C library it needs (libc6), loaded by unstable's own dynamic loader so
# nothing of the machine's changes. The same SQLite gives the same query
# plans, EXPLAIN output and row order of unordered queries.
#
# It reuses the Debian mirror this machine's apt already uses, with the
# suite changed to sid, through an apt configuration of its own in
# CACHE/apt: nothing outside CACHE is written and no host name is kept
# here. It does nothing when CACHE already holds Django 5.2, and fails
# with one line naming what is missing otherwise; it never falls back to
# another Django.
set -eu
mkdir -p "${1:?usage: fetch.sh CACHE}"
cache=$(cd "$1" && pwd)
site=$cache/usr/lib/python3/dist-packages
want=5.2

version() {
	"$cache/python3" -c 'import django; print(django.get_version())' 2>/dev/null || true
}

fail() {
	echo "fetch.sh: $*" >&2
	exit 1
}

case $(version) in "$want".*) exit 0 ;; esac
command -v apt-get >/dev/null || fail "apt-get is missing: the Django $want oracle comes from Debian's python3-django"
command -v dpkg >/dev/null || fail "dpkg is missing: it unpacks Debian's python3-django"
[ -x /usr/bin/python3 ] || fail "/usr/bin/python3 is missing: the Django $want oracle runs on it"

# The machine's Debian archive: the first source, one-line or deb822,
# whose URI is a .../debian folder, whose suite is a release (not
# -security or -updates) and whose components include main.
sources() {
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '
		$1 == "deb" { for (i = 2; i < NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) break
			main = 0; for (j = i + 2; j <= NF; j++) if ($j == "main") main = 1
			print $i, $(i+1), main }'
	cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
		function flush() { if (uri != "") for (k in suites) print uri, suites[k], main; uri = ""; main = 0; split("", suites) }
		/^[ \t]*$/ { flush(); next }
		/^URIs:/ { uri = $2 }
		/^Suites:/ { for (i = 2; i <= NF; i++) suites[i] = $i }
		/^Components:/ { for (i = 2; i <= NF; i++) if ($i == "main") main = 1 }
		END { flush() }'
}
mirror=$(sources | awk '$1 ~ /\/debian\/?$/ && $2 !~ /-/ && $3 == 1 { print $1; exit }')
[ -n "$mirror" ] || fail "no Debian archive in /etc/apt/sources.list or /etc/apt/sources.list.d: cannot fetch python3-django $want"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -r "$keyring" ] || fail "$keyring is missing (package debian-archive-keyring): cannot check sid's signature"

apt=$cache/apt
rm -rf "$apt"
mkdir -p "$apt/etc/sources.list.d" "$apt/etc/preferences.d" "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs"
echo "deb [signed-by=$keyring] $mirror sid main" >"$apt/etc/sources.list"
set -- -o Dir::Etc="$apt/etc" -o Dir::Etc::sourcelist=sources.list \
	-o Dir::Etc::sourceparts=sources.list.d -o Dir::Etc::preferencesparts=preferences.d \
	-o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o Debug::NoLocking=1 \
	-o Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false \
	-o Acquire::IndexTargets::deb::DEP-11-icons::DefaultEnabled=false \
	-o Acquire::IndexTargets::deb::DEP-11-icons-small::DefaultEnabled=false \
	-o Acquire::IndexTargets::deb::CNF::DefaultEnabled=false
echo "fetch.sh: python3-django $want from $mirror (sid)"
apt-get -q "$@" update >"$apt/update.log" 2>&1 || fail "apt-get update of sid from $mirror failed (see $apt/update.log)"
pkgs="python3-django python3-asgiref python3-sqlparse libsqlite3-0 libc6"
# shellcheck disable=SC2086
(cd "$apt/debs" && apt-get -q "$@" download $pkgs) >"$apt/download.log" 2>&1 ||
	fail "apt-get download $pkgs from sid failed (see $apt/download.log)"
for deb in "$apt"/debs/*.deb; do dpkg -x "$deb" "$cache"; done
lib=$cache/usr/lib/x86_64-linux-gnu
[ -x "$lib/ld-linux-x86-64.so.2" ] || fail "sid's libc6 has no $lib/ld-linux-x86-64.so.2: this machine is not amd64"
cat >"$cache/python3" <<EOF
#!/bin/sh
# /usr/bin/python3 with Django $want and SQLite from Debian unstable (testdata/django/fetch.sh).
PYTHONPATH='$site' exec '$lib/ld-linux-x86-64.so.2' --library-path '$lib' /usr/bin/python3 "\$@"
EOF
chmod +x "$cache/python3"
got=$(version)
case $got in "$want".*) ;; *) fail "sid's python3-django is ${got:-unusable}, not $want: the differential test needs Django $want" ;; esac
rm -rf "$apt/lists" "$apt/cache"
echo "fetch.sh: $("$cache/python3" -c 'import django, sqlite3; print("Django", django.get_version(), "on SQLite", sqlite3.sqlite_version)') in $cache"
