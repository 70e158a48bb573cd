import { takeSessionFromAddress } from './session';

// Imported first by main.tsx: the session is out of the address before the router reads it.
takeSessionFromAddress();
