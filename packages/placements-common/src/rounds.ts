/** A student ranks at most this many places in one matching round (the service refuses more). */
export const MAX_CHOICES = 10;
