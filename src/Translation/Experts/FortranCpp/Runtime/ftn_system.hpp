// Fortran runtime support: command-line arguments, RANDOM_NUMBER, STOP.
#include <random>
#include <unistd.h>

namespace ftn {

struct process { int argc = 0; char** argv = nullptr; std::mt19937 rng{12345}; };
inline process& proc() { static process p; return p; }

inline int command_argument_count() { return proc().argc - 1; }
template <class S> void get_command_argument(int n, S& value) { value = std::string(n < proc().argc ? proc().argv[n] : ""); }
template <class T> void random_number(T& x) { x = std::uniform_real_distribution<T>(0, 1)(proc().rng); }

}  // namespace ftn
