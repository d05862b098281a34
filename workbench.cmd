@echo off
rem Hessian Workbench launcher for Windows (the bash launcher ./workbench does the same on Linux and macOS).
rem Builds the project on first use (JDK 17 and Maven on the PATH), then runs the command line:
rem   workbench demo
rem   workbench fit --data data\spector.csv --model logistic --formula "GRADE ~ GPA + TUCE + PSI"
rem After changing a source file, rebuild with: mvn -q -DskipTests package
rem The portable way on any system: java -jar modules\cli\target\workbench.jar COMMAND ...
setlocal
set "WB_HOME=%~dp0"
set "JAR=%WB_HOME%modules\cli\target\workbench.jar"
set "BENCH_JAR=%WB_HOME%modules\benchmarks\target\benchmarks.jar"
if not exist "%JAR%" (
  echo workbench: building ^(first use^) ... 1>&2
  pushd "%WB_HOME%"
  call mvn -q -B -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo workbench: the build failed; run "mvn -DskipTests package" to see why 1>&2
    exit /b 2
  )
  popd
)
rem Short commands start faster with the client compiler only; long computations want the optimising compiler.
set "JVM_FLAGS=-XX:+UseSerialGC -Xshare:auto"
set "FIRST=%~1"
if /i "%FIRST%"=="bench" goto bench
if /i "%FIRST%"=="verify" goto run
if /i "%FIRST%"=="demo" goto run
if /i "%FIRST%"=="compare-optimizers" goto run
set "JVM_FLAGS=%JVM_FLAGS% -XX:TieredStopAtLevel=1"
:run
rem WORKBENCH_JAVA_OPTS adds JVM options of the user's, e.g. set WORKBENCH_JAVA_OPTS=-Xmx4g for a large data set.
set "JVM_FLAGS=%JVM_FLAGS% %WORKBENCH_JAVA_OPTS%"
java %JVM_FLAGS% -Dworkbench.home="%WB_HOME:~0,-1%" -jar "%JAR%" %*
exit /b %errorlevel%
:bench
shift
rem JMH's own command line; without arguments a short run of every benchmark at p = 20.
if "%~1"=="" (
  java %JVM_FLAGS% -jar "%BENCH_JAR%" -f 1 -wi 2 -w 2s -i 3 -r 2s -p p=20
) else (
  java %JVM_FLAGS% -jar "%BENCH_JAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
)
exit /b %errorlevel%
