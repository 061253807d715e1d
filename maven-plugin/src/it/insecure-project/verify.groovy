// The build failed (invoker.properties) because of the system:masters mapping, and said so in the log.
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('AA002') : 'the log does not name rule AA002'
assert buildLog.contains('cluster/aws-auth.yaml') : 'the log does not name the file'
assert buildLog.contains('BUILD FAILURE')
assert buildLog =~ /authlint: \d+ findings? at or above high/
// Reports are written before the gate fails the build, so CI can still upload them.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/authlint/authlint.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'AA002' }
return true
