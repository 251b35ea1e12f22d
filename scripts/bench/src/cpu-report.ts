// Preloaded (`node --import`) into a process the bench times: on exit it reports the process's own CPU
// time on stderr, which a loaded machine's wall clock cannot give. See `childCpuMs`.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncxkit-bench-cpu-ms=${(user + system) / 1000}\n`);
});
