// Device declarations real CUDA has and the shared stand-in header leaves out: the double-precision overloads of the
// math API (math_functions.h), device printf (common_functions.h), the integer atomicMax/atomicMin/atomicCAS and the
// float/double bit casts (device_atomic_functions.h, device_functions.h). Without them a kernel calling sqrt(double)
// or printf would be checked against host-only declarations and fail although nvcc accepts it.
__device__ double sqrt(double); __device__ double rsqrt(double); __device__ double cbrt(double);
__device__ double pow(double, double); __device__ double pow(double, int);
__device__ double exp(double); __device__ double exp2(double); __device__ double log(double); __device__ double log2(double); __device__ double log10(double);
__device__ double sin(double); __device__ double cos(double); __device__ double tan(double); __device__ double tanh(double);
__device__ double asin(double); __device__ double acos(double); __device__ double atan(double); __device__ double atan2(double, double);
__device__ double fabs(double); __device__ double floor(double); __device__ double ceil(double); __device__ double round(double); __device__ double trunc(double);
__device__ double fmax(double, double); __device__ double fmin(double, double); __device__ double fmod(double, double); __device__ double erf(double);
extern "C" __device__ int printf(const char *, ...);
__device__ int atomicMax(int *, int); __device__ unsigned int atomicMax(unsigned int *, unsigned int);
__device__ unsigned long long int atomicMax(unsigned long long int *, unsigned long long int);
__device__ int atomicMin(int *, int); __device__ unsigned int atomicMin(unsigned int *, unsigned int);
__device__ int atomicCAS(int *, int, int); __device__ unsigned int atomicCAS(unsigned int *, unsigned int, unsigned int);
__device__ unsigned long long int atomicCAS(unsigned long long int *, unsigned long long int, unsigned long long int);
__device__ float __int_as_float(int); __device__ int __float_as_int(float);
__device__ double __longlong_as_double(long long int); __device__ long long int __double_as_longlong(double);
