namespace CodeIntel.Translation.Fortran.Semantics;

/// <summary>The intrinsic procedures the translator knows, so that their names are never taken for variables.</summary>
public static class Intrinsics
{
    public static readonly HashSet<string> Functions =
    [
        "abs", "iabs", "dabs", "sqrt", "dsqrt", "exp", "dexp", "log", "alog", "dlog", "log10", "sin", "dsin", "cos", "dcos", "tan",
        "asin", "acos", "atan", "atan2", "datan", "sinh", "cosh", "tanh", "mod", "amod", "dmod", "modulo", "min", "max", "min0", "max0",
        "amin1", "amax1", "dmin1", "dmax1", "sign", "dsign", "nint", "idnint", "anint", "floor", "ceiling", "int", "ifix", "idint", "real", "float",
        "sngl", "dble", "dfloat", "kind", "huge", "tiny", "epsilon", "size", "lbound", "ubound", "allocated", "associated", "sum",
        "maxval", "minval", "trim", "len_trim", "len", "adjustl", "char", "ichar", "achar", "iachar", "selected_real_kind",
        "selected_int_kind", "command_argument_count", "present", "dot_product", "matmul", "transpose", "null", "iand", "ior", "ieor",
        "not", "btest", "product", "count", "any", "all", "shape", "reshape", "merge", "aimag", "conjg", "cmplx", "dcmplx", "aint",
        "index", "dprod", "omp_get_thread_num", "omp_get_num_threads", "omp_get_max_threads", "omp_get_wtime", "omp_get_num_procs",
        "omp_in_parallel", "omp_get_team_num", "omp_get_num_teams", "omp_get_level", "omp_get_dynamic", "omp_get_nested",
        "omp_get_wtick", "omp_get_thread_limit", "omp_get_max_active_levels", "omp_get_ancestor_thread_num", "omp_get_team_size",
        "omp_get_active_level", "omp_in_final", "omp_get_cancellation", "omp_get_default_device", "omp_get_num_devices",
        "omp_is_initial_device", "omp_test_lock", "omp_test_nest_lock",
    ];

    public static readonly HashSet<string> Subroutines =
    [
        "get_command_argument", "random_number", "random_seed", "sleep", "cpu_time", "system_clock", "exit", "date_and_time",
        "omp_set_num_threads", "omp_set_dynamic", "omp_set_nested", "omp_init_lock", "omp_destroy_lock", "omp_set_lock",
        "omp_unset_lock", "omp_init_nest_lock", "omp_destroy_nest_lock", "omp_set_nest_lock", "omp_unset_nest_lock",
        "omp_set_max_active_levels", "omp_set_schedule", "omp_set_default_device", "flush", "getarg",
    ];

    public static bool IsIntrinsic(string name) => Functions.Contains(name) || Subroutines.Contains(name);
}
