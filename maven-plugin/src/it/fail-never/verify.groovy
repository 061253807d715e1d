// failOn=never: the finding is reported in the log and the configured reports, but the build passes.
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('AA002')
assert buildLog.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/authlint/authlint.json'))
assert json.findings.any { it.ruleId == 'AA002' && it.suppression == null }
assert new File(basedir, 'reports/authlint.sarif').isFile() : 'FORMAT=FILE is relative to the project'
assert !new File(basedir, 'target/authlint/authlint.xml').exists() : 'only the configured formats are written'
return true
