# Sourced by mvnw: Mamori needs JDK 21+. When JAVA_HOME is unset and the default java is
# older, pick the newest JDK 21+ under /usr/lib/jvm so that a newcomer's ./mvnw just works.
mamori_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME:-}" ]; then
  current=$(command -v java 2>/dev/null)
  major=0
  [ -n "$current" ] && major=$(mamori_java_major "$current")
  if [ "${major:-0}" -lt 21 ]; then
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
      if [ -x "${candidate}bin/javac" ] && [ "$(mamori_java_major "${candidate}bin/java")" -ge 21 ] 2>/dev/null; then
        JAVA_HOME=${candidate%/}
        export JAVA_HOME
        break
      fi
    done
  fi
fi
