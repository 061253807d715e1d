// The build passed (the invoker checks that); the default reports exist and say the run was clean.
def reports = new File(basedir, 'target/authlint')
def sarif = new File(reports, 'authlint.sarif')
def junit = new File(reports, 'authlint.xml')
assert sarif.isFile() : "no SARIF report at ${sarif}"
assert junit.isFile() : "no JUnit report at ${junit}"
def log = new groovy.json.JsonSlurper().parse(sarif)
assert log.version == '2.1.0'
assert log.runs[0].results.findAll { it.suppressions == null && it.level == 'error' }.isEmpty()
assert junit.text =~ /<testsuites [^>]*failures="0"/ : 'the JUnit report has failures'
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains("no findings")
assert buildLog.contains("authlint: passed")
// mvn authlint:help -Ddetail documents the goal and its parameters.
assert buildLog.contains('authlint:check')
assert buildLog =~ /failOn\s/
return true
