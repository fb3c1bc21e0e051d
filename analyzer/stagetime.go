package analyzer

// onStage, when set (BenchmarkStages), is told when each stage begins and ends, so that
// a benchmark can time the stages by the clock it trusts (CPU time on a shared machine);
// nil in the analyzer proper.
var onStage func(name string, begins bool)

func stageBegins(name string) {
	if onStage != nil {
		onStage(name, true)
	}
}

func stageEnds(name string) {
	if onStage != nil {
		onStage(name, false)
	}
}
