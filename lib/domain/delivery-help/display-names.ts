// How people of a delivery appear to each other before contacts are shared: a volunteer as « Louis P. », a
// person in need as « Fatou » (with their town, where it helps a volunteer decide).
export function volunteerDisplayName(user: { firstName: string; lastName: string }): string {
  const initial = user.lastName.trim().charAt(0).toUpperCase();
  return initial ? `${user.firstName} ${initial}.` : user.firstName;
}

// The address a person in need typed with their consent (it may already hold the postcode and town).
export function deliveryAddress(user: { address: string | null; zipCode: string | null; city: string | null }) {
  const address = user.address?.trim() ?? "";
  const town = [user.zipCode, user.city].filter(Boolean).join(" ");
  if (!address) return town || null;
  return !town || address.includes(user.city ?? town) ? address : `${address}, ${town}`;
}
