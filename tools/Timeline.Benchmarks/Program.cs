using BenchmarkDotNet.Running;

// typeof(Program) is ambiguous here (the referenced service projects each have a Program), so name a benchmark class of this assembly.
BenchmarkSwitcher.FromAssembly(typeof(Timeline.Benchmarks.IngestionBenchmarks).Assembly).Run(args);
