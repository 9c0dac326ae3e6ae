// run_program: posix_spawnp with pipes for stdout and stderr, drained with poll().
#include "store/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>

extern char** environ;

namespace pmadmin {

namespace {

/// Reads both pipes until both are closed.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  std::array<pollfd, 2> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
  std::array<char, 65536> buf{};
  int open = 2;
  while (open > 0) {
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buf.data(), buf.size());
      if (n > 0) {
        (i == 0 ? out : err).append(buf.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open;
      }
    }
  }
}

}  // namespace

ProcessResult run_program(const std::vector<std::string>& argv, const std::string& input) {
  ProcessResult r;
  if (argv.empty()) return r;
  // The input goes through an unlinked temporary file, so writing it cannot block on a
  // program that has not started reading.
  std::FILE* in = input.empty() ? nullptr : std::tmpfile();
  if (!input.empty() && (!in || std::fwrite(input.data(), 1, input.size(), in) != input.size() ||
                         std::fflush(in) != 0 || std::fseek(in, 0, SEEK_SET) != 0)) {
    if (in) std::fclose(in);
    return r;
  }
  std::array<int, 2> out_pipe{}, err_pipe{};
  if (pipe2(out_pipe.data(), O_CLOEXEC) != 0) return r;
  if (pipe2(err_pipe.data(), O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return r;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (in)
    posix_spawn_file_actions_adddup2(&actions, fileno(in), STDIN_FILENO);
  else
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  std::vector<std::string> args = argv;  // posix_spawnp wants char* const*
  std::vector<char*> cargs;
  for (auto& a : args) cargs.push_back(a.data());
  cargs.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, cargs[0], &actions, nullptr, cargs.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (in) std::fclose(in);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawned == 0) drain(out_pipe[0], err_pipe[0], r.out, r.err);
  close(out_pipe[0]);
  close(err_pipe[0]);
  if (spawned != 0) return r;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  r.started = true;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace pmadmin
