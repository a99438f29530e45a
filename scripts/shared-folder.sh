# Sourced by the scripts that need ../shared (the corpus generator, cmark_each.c, the Hugo site).
# shared_folder ROOT prints the first of: $HINDSIGHT_SHARED; ROOT/../shared; and, for a clone of a
# repository on this machine, ../shared beside the repository it was cloned from (so a clone in
# /tmp finds what its origin's sibling has). Prints nothing when none has bench/gen_corpus.py.
shared_folder() {
  local root=$1 origin candidate
  if [ -n "${HINDSIGHT_SHARED:-}" ]; then
    echo "$HINDSIGHT_SHARED"
    return
  fi
  origin=$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)
  origin=${origin#file://}
  for candidate in "$root/../shared" ${origin:+"$origin/../shared"} ${origin:+"$origin/../../shared"}; do
    if [ -f "$candidate/bench/gen_corpus.py" ]; then
      (cd "$candidate" && pwd)
      return
    fi
  done
}
