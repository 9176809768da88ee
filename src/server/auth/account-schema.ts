/**
 * What the accounts API takes: user names, passwords, teams and roles, checked once here so the
 * routes, the first admin from the environment and the setup page all refuse the same things.
 */
import { z } from 'zod';
import { roles } from './principal';

/** Shorter passwords fall to guessing even through the login limits. */
export const minimumPasswordLength = 12;

export const usernameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'a user name is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  );

const passwordSchema = z
  .string()
  .min(minimumPasswordLength, `a password has at least ${minimumPasswordLength} characters`)
  // scrypt takes any length; the cap only keeps a request from making the server hash megabytes.
  .max(1024, 'a password has at most 1024 characters');

const teamSchema = z
  .string()
  .regex(/^[A-Za-z0-9_ -]{1,64}$/, 'a team is 1 to 64 letters, digits, "_", "-" or spaces');

const rolesSchema = z
  .array(z.enum(roles, { error: `a role is one of ${roles.join(', ')}` }))
  .min(1, 'an account holds at least one role')
  .transform((list) => [...new Set(list)]);

export const newUserSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  roles: rolesSchema,
  team: teamSchema,
});

export const userChangeSchema = z
  .strictObject({
    roles: rolesSchema.optional(),
    team: teamSchema.optional(),
    password: passwordSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'send at least one of roles, team, password, disabled');

/** Sign-in takes any strings: a name that could not exist gets the same answer as a wrong password. */
export const loginSchema = z.strictObject({
  username: z.string().min(1, 'type your user name').max(256),
  password: z.string().min(1, 'type your password').max(1024),
});

export const setupSchema = z.strictObject({
  token: z.string().min(1, 'paste the setup token from the server log').max(256),
  username: usernameSchema,
  password: passwordSchema,
});
