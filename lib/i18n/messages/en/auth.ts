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
    checkInbox: (email: string) => `Check your inbox: we sent a link to ${email} to confirm your address.`,
  },
  confirmEmail: {
    title: "Confirm my e-mail address",
    intro: (email: string) => `Confirm the address ${email} to open your Cabas account.`,
    submit: "Confirm my address",
    invalid: "This link is no longer valid. Sign in: we will send you a new link.",
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
  changeEmail: {
    title: "E-mail address",
    current: (email: string) => `You sign in with ${email}.`,
    intro:
      "To change it, enter the new address and your password: we send a link there, and your address only changes once that link is opened while signed in to this account. Your password stays the same.",
    newEmail: "New e-mail address",
    password: "Current password",
    submit: "Change my address",
    sent: (email: string) =>
      `We sent a link to ${email}. Open it within 24 hours, signed in to this account, to confirm that address.`,
    pending: (email: string) =>
      `Pending: a link was sent to ${email}. Your address only changes once that link is opened; a new request replaces it.`,
    done: (email: string) => `Done: your e-mail address is now ${email}. Sign in with it from now on.`,
  },
  confirmEmailChange: {
    title: "Confirm my new address",
    intro: (from: string, to: string) =>
      `Use ${to} instead of ${from} for your Cabas account? You will sign in with ${to} from now on; your password does not change.`,
    submit: "Confirm my new address",
    used: "This link has already been used: the address was changed.",
    expired: "This link has expired (it is valid for 24 hours). Ask again from « My account ».",
    invalid:
      "This link is no longer valid: a newer request may have replaced it. Use the last link you received, or ask again from « My account ».",
    otherAccount:
      "This link was requested from another Cabas account. Sign out, then open it again signed in to the account that asked.",
    back: "Back to my account",
  },
  revertEmailChange: {
    title: "Recover my account",
    intro: (email: string) =>
      `Put ${email} back as the address of your Cabas account. Choose a new password: every device signed in to your account will be signed out.`,
    submit: "Recover my account",
    done: (email: string) =>
      `Done: your address is ${email} again, your password has changed and every device has been signed out. You can sign in.`,
    invalid:
      "This link is no longer valid: it works once, for 7 days. If you cannot sign in any more, use « Forgot your password ».",
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
    RESET_TOKEN_INVALID: "This link is no longer valid. Ask for a new one.",
    emailInvalid: "This e-mail address is not valid.",
    passwordWeak: "The password must be at least 10 characters long.",
    passwordTooLong: "The password is too long (200 characters at most).",
    tooLong: "This text is too long.",
    phoneInvalid: "This phone number is not valid.",
    required: "This field is required.",
    choiceInvalid: "Choose one of the values offered.",
    linkInvalid: "This link is not valid.",
    invalidCredentials: "Wrong e-mail or password.",
    resetTokenInvalid: "This link is no longer valid. Ask for a new one.",
    emailNotVerified: "Confirm your e-mail address first: we have just sent you the link again.",
    EMAIL_NOT_VERIFIED: "Confirm your e-mail address first: we sent you a link when you signed up.",
    EMAIL_UNCHANGED: "This is already your address.",
    EMAIL_TAKEN: "This address already belongs to another Cabas account: your address has not changed.",
    EMAIL_CHANGE_LINK_INVALID: "This link is no longer valid. Ask again from « My account ».",
    EMAIL_REVERT_LINK_INVALID: "This link is no longer valid: it works once, for 7 days.",
    EMAIL_REVERT_TAKEN:
      "This address now belongs to another Cabas account: nothing changed. Use « Forgot your password » with it.",
  },
  resetEmail: {
    subject: "Choose a new password",
    greeting: (name: string) => `Hello ${name},`,
    body: "You asked to change your Cabas password. This link is valid for 1 hour:",
    action: "Choose a new password",
    ignore: "If you did not ask for this, ignore this e-mail.",
  },
  verifyEmail: {
    subject: "Confirm your e-mail address",
    greeting: (name: string) => `Hello ${name},`,
    body: "Welcome to Cabas! Confirm your e-mail address to open your account. This link is valid for 24 hours:",
    action: "Confirm my address",
    ignore: "If you did not create a Cabas account, ignore this e-mail: no account will be opened.",
  },
  signUpAttemptEmail: {
    subject: "Your address already has a Cabas account",
    greeting: (name: string) => `Hello ${name},`,
    body: "Someone tried to create a Cabas account with your e-mail address, which already has one. No account was created and yours has not changed.",
    signIn: "Sign in",
    reset: "I forgot my password",
    ignore: "If it was you, just sign in; otherwise, ignore this e-mail.",
  },
  emailChangeEmail: {
    subject: "Confirm your new e-mail address",
    greeting: (name: string) => `Hello ${name},`,
    body: "You asked to use this address for your Cabas account. Open this link, signed in to your account, to confirm it; it is valid for 24 hours:",
    action: "Confirm my new address",
    ignore: "If you did not ask for this, ignore this e-mail: nothing will change.",
  },
  emailChangedEmail: {
    subject: "The e-mail address of your Cabas account has changed",
    greeting: (name: string) => `Hello ${name},`,
    body: (email: string) =>
      `The e-mail address of your Cabas account is now ${email}: Cabas will no longer write to you here. If it was not you, this link, valid for 7 days, puts this address back on your account, signs every device out and has you choose a new password:`,
    action: "It was not me: recover my account",
    ignore: "If it was you, there is nothing to do.",
  },
  emailChangeAttemptEmail: {
    subject: "Your address already has a Cabas account",
    greeting: (name: string) => `Hello ${name},`,
    body: "Someone asked to use your e-mail address for another Cabas account. An address belongs to one account only: nothing changed, and yours keeps this address.",
    signIn: "Sign in",
    reset: "I forgot my password",
    ignore: "If it was you, choose another address for your other account; otherwise, ignore this e-mail.",
  },
};
