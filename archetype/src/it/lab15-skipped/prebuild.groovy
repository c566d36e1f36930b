// The project as generated, untouched.
evaluate(new File(itScripts, 'Generated.groovy'))(basedir)
true
