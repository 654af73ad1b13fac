import type { auth as fr } from "../fr/auth";

export const auth: typeof fr = {
  signIn: {
    title: "Sign in",
    submit: "Sign in",
    noAccount: "No account yet?",
    forgot: "Forgot your password?",
  },
  signUp: {
    title: "Create an account",
    submit: "Sign up",
    haveAccount: "Already have an account?",
    intro: "One account lets you order from every Cabas market.",
  },
  forgot: {
    title: "Forgot your password",
    intro: "Enter your e-mail: we will send you a link to choose a new password.",
    submit: "Send the link",
    sent: "If an account exists for this address, an e-mail has just been sent to it. The link is valid for 1 hour.",
  },
  changePassword: {
    title: "Password",
    intro: "Changing your password signs your other devices out.",
    current: "Current password",
    next: "New password",
    submit: "Change the password",
    done: "Password changed: your other devices are signed out.",
  },
  reset: {
    title: "New password",
    submit: "Save the password",
    done: "Your password has been changed. You can sign in.",
  },
  fields: {
    email: "E-mail",
    password: "Password",
    passwordHint: "At least 10 characters.",
    firstName: "First name",
    lastName: "Last name",
    phone: "Phone",
  },
  errors: {
    EMAIL_TAKEN: "An account already uses this e-mail. Sign in or choose “Forgot your password”.",
    RESET_TOKEN_INVALID: "This link is no longer valid. Ask for a new one.",
    emailInvalid: "This e-mail address is not valid.",
    emailTaken: "An account already uses this e-mail. Sign in or choose “Forgot your password”.",
    passwordWeak: "The password must be at least 10 characters long.",
    passwordTooLong: "The password is too long (200 characters at most).",
    tooLong: "This text is too long.",
    phoneInvalid: "This phone number is not valid.",
    required: "This field is required.",
    invalidCredentials: "Wrong e-mail or password.",
    resetTokenInvalid: "This link is no longer valid. Ask for a new one.",
  },
  resetEmail: {
    subject: "Choose a new password",
    greeting: (name: string) => `Hello ${name},`,
    body: "You asked to change your Cabas password. This link is valid for 1 hour:",
    action: "Choose a new password",
    ignore: "If you did not ask for this, ignore this e-mail.",
  },
};
