#!/usr/bin/env bash
# Takes the README screenshots from the real window under Xvfb: the demo (the two-heads
# incident) with its database one migration behind, a selection with its details, dark mode
# with the path between both heads, two databases in their colours, the Databases dialog, the
# merge wizard explaining the two branches and previewing the merge file, and the upgrade wizard
# on the demo's database (plan, and verify after a run with the real alembic).
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick libgtk-3-0); the second
# database and the upgrade run use the real alembic (python3 -m alembic) when it is installed.
# Writes assets/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots
mkdir -p "$OUT"
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/shot-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/shot-classpath.txt)"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :98 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:98
  sleep 1
fi
WORK=$(mktemp -d)
cp -r assets/demo "$WORK/demo"
PYTHON=${RETORT_PYTHON:-/usr/bin/python3}
LOCAL=()
# "local": a second database, upgraded by the real alembic only as far as the fork
if "$PYTHON" -m alembic --version >/dev/null 2>&1; then
  sed 's#sqlalchemy.url = sqlite:///%(here)s/demo.db#sqlalchemy.url = sqlite:///%(here)s/local.db#' \
    "$WORK/demo/alembic.ini" > "$WORK/demo/local.ini"
  (cd "$WORK/demo" && "$PYTHON" -m alembic -c local.ini upgrade 016_add_security_constraints >/dev/null 2>&1)
  rm "$WORK/demo/local.ini"
  LOCAL=(-Drig.local="$WORK/demo/local.db")
fi

shot() {
  local name=$1 size=$2; shift 2
  java -Dprism.order=sw -Drig.width=1440 -Drig.height=900 "$@" -cp "$CP" \
    'dev.retort.ui.support.ScreenshotRig$Main' "$WORK/demo" >/dev/null 2>&1 &
  local pid=$!
  sleep "${SHOT_DELAY:-8}"
  import -window root -crop "$size+0+0" +repage "$OUT/$name.png"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

shot demo 1440x900 -Drig.databases=true
shot selection 1440x900 -Drig.databases=true -Drig.select=1687c833bfcc
shot dark 1440x900 -Drig.databases=true -Drig.dark=true -Drig.select=1687c833bfcc -Drig.select2=017_add_asset_id_to_questionnaire_responses
if [ ${#LOCAL[@]} -gt 0 ]; then
  shot two-databases 1440x900 -Drig.databases=true "${LOCAL[@]}"
fi
shot databases 1120x800 -Drig.databases=true "${LOCAL[@]}" -Drig.staging=true -Drig.openDatabases=staging
# the README's close-up: the top of the graph over the status bar
convert "$OUT/demo.png" \( -clone 0 -crop 920x290+0+132 +repage -background white -extent 1010x290 \) \
  \( -clone 0 -crop 1010x26+0+874 +repage \) -delete 0 -append +repage "$OUT/database.png"
SHOT_DELAY=${SHOT_DELAY:-11} shot merge-explain 1440x900 -Drig.merge=explain -Drig.databases=true
SHOT_DELAY=${SHOT_DELAY:-11} shot merge-preview 1440x900 -Drig.merge=preview
rm -rf "$WORK"

# the wizard changes the demo's database: a fresh copy for each picture
for step in plan verify; do
  WORK=$(mktemp -d)
  cp -r assets/demo "$WORK/demo"
  SHOT_DELAY=${UPGRADE_DELAY:-16} shot "upgrade-$step" -Drig.upgrade=$step -Dretort.home="$WORK/home"
  rm -rf "$WORK"
done
ls -l "$OUT"
