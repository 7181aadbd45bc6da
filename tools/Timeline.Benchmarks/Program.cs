using BenchmarkDotNet.Running;

// typeof(Program) is ambiguous here (service projects referenced also have a Program), so any type of this assembly names it.
BenchmarkSwitcher.FromAssembly(typeof(Timeline.Benchmarks.MergeBenchmarks).Assembly).Run(args);
