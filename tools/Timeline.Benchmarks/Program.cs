using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Timeline.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
