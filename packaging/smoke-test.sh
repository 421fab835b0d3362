#!/usr/bin/env bash
# Smoke test of the app image built by `packaging/build.sh app-image`: the CLI answers on the demo
# project, and the window starts under Xvfb, shows the demo, and logs no exception.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/jpackage/retort/bin/retort
[ -x "$app" ] || { echo "no app image: run packaging/build.sh app-image first" >&2; exit 1; }

echo "== CLI: retort heads on the demo"
heads=$("$app" -c assets/demo/alembic.ini heads 2>/dev/null)
echo "$heads"
grep -q "^1687c833bfcc (head)$" <<<"$heads"
grep -q "^017_add_asset_id_to_questionnaire_responses (head)$" <<<"$heads"

echo "== window: start under Xvfb"
work=$(mktemp -d)
for n in $(seq 90 140); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
done
display=":$n"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
  [ -n "${gui:-}" ] && kill "$gui" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 2
# a fresh home: the app copies its demo there, as on a first start
env DISPLAY="$display" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
  "$app" >"$work/app.log" 2>&1 &
gui=$!
for _ in $(seq 1 60); do
  if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Retort — '; then
    break
  fi
  kill -0 "$gui" 2>/dev/null || { echo "the app exited:"; cat "$work/app.log"; exit 1; }
  sleep 1
done
DISPLAY="$display" xwininfo -root -tree | grep '"Retort — ' || { echo "no Retort window after 60 s"; cat "$work/app.log"; exit 1; }
sleep 5
kill -0 "$gui" 2>/dev/null || { echo "the app died after opening:"; cat "$work/app.log"; exit 1; }
if grep -E "Exception|Error:" "$work/app.log"; then
  echo "the app logged an exception"; exit 1
fi
[ -f "$work/data/retort/demo/alembic.ini" ] || { echo "the demo was not copied"; exit 1; }
echo "app image smoke test passed"
