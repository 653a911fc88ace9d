# json-flat.awk: flattens one JSON document into lines "PATH<TAB>VALUE", one per scalar.
# PATH joins object keys and array indexes with "/" (the root has the empty path); an empty object
# or array prints "{}" or "[]" as its value, so its presence stays visible. String values are
# unescaped (\uXXXX is kept as written); newlines and tabs inside them become spaces, so every
# record stays on one line. Exits 1 when the input is not valid JSON.
# Written for busybox awk (the guest has no jq); runs with any POSIX awk.

{ src = src $0 "\n" }

END {
  n = length(src); p = 1; bad = 0
  value("")
  skip_ws()
  if (bad || p <= n) exit 1
}

function skip_ws() {
  while (p <= n && index(" \t\r\n", substr(src, p, 1)) > 0) p++
}

function join(path, key) { return path == "" ? key : path "/" key }

function emit(path, v) {
  gsub(/[\t\n\r]/, " ", v)
  print path "\t" v
}

function value(path,    c, i, key, lit) {
  if (bad) return
  skip_ws()
  c = substr(src, p, 1)
  if (c == "{") {
    p++; skip_ws()
    if (substr(src, p, 1) == "}") { p++; emit(path, "{}"); return }
    while (!bad) {
      skip_ws()
      if (substr(src, p, 1) != "\"") { bad = 1; return }
      key = string()
      skip_ws()
      if (substr(src, p, 1) != ":") { bad = 1; return }
      p++
      value(join(path, key))
      skip_ws()
      c = substr(src, p, 1); p++
      if (c == "}") return
      if (c != ",") { bad = 1; return }
    }
    return
  }
  if (c == "[") {
    p++; skip_ws()
    if (substr(src, p, 1) == "]") { p++; emit(path, "[]"); return }
    for (i = 0; !bad; i++) {
      value(join(path, i))
      skip_ws()
      c = substr(src, p, 1); p++
      if (c == "]") return
      if (c != ",") { bad = 1; return }
    }
    return
  }
  if (c == "\"") { emit(path, string()); return }
  lit = substr(src, p, 64)
  if (match(lit, /^(true|false|null|-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)/)) {
    emit(path, substr(lit, 1, RLENGTH)); p += RLENGTH; return
  }
  bad = 1
}

# reads a string starting at its opening quote; leaves p after the closing quote
function string(    out, c) {
  p++; out = ""
  while (p <= n) {
    c = substr(src, p, 1)
    if (c == "\"") { p++; return out }
    if (c == "\\") {
      p++; c = substr(src, p, 1)
      if (c == "n" || c == "r" || c == "t") c = " "
      else if (c == "b" || c == "f") c = ""
      else if (c == "u") { c = "\\u" substr(src, p + 1, 4); p += 4 }
    }
    out = out c; p++
  }
  bad = 1
  return out
}
