C     Mean and standard deviation with SQRT, ABS, MAX, DBLE and
C     list-directed output of REAL, DOUBLE PRECISION, INTEGER and LOGICAL.
      PROGRAM STATS
      INTEGER N, I
      PARAMETER (N = 10)
      DOUBLE PRECISION X(N), MEAN, VAR, BIGGST
      REAL SCALE
      LOGICAL WIDE
      SCALE = 1.5
      DO 10 I = 1, N
         X(I) = DBLE(I) * SCALE - 3.0D0
   10 CONTINUE
      MEAN = 0.0D0
      DO 20 I = 1, N
         MEAN = MEAN + X(I)
   20 CONTINUE
      MEAN = MEAN / N
      VAR = 0.0D0
      BIGGST = 0.0D0
      DO 30 I = 1, N
         VAR = VAR + (X(I) - MEAN)**2
         BIGGST = MAX(BIGGST, ABS(X(I)))
   30 CONTINUE
      VAR = VAR / (N - 1)
      WIDE = SQRT(VAR) .GT. 2.0D0
      PRINT *, 'MEAN', MEAN
      PRINT *, 'STDDEV', SQRT(VAR), 'MAX', BIGGST
      PRINT *, 'WIDE', WIDE, N, SCALE
      END
