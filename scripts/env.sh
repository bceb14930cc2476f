# Sourced by the scripts: puts the pinned tools first on PATH.
TOOLS="${CAREER_QUIZ_TOOLS:-$HOME/.local/career-quiz-tools}"
export PATH="$TOOLS/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
