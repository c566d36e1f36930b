// The project as generated, untouched: its steps (invoker.properties) and verify.groovy run labs in it.
evaluate(new File(itScripts, 'Generated.groovy'))(basedir)
true
