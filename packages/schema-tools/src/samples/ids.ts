/** Fixed ids and a time for the sample events of the contract test. */
export const ids = {
  customer: '0b6f5a52-8d1e-4c3a-9f27-5e1d2c3b4a01',
  service: '1c7a6b63-9e2f-4d4b-8a38-6f2e3d4c5b02',
  agreement: '2d8b7c74-af30-4e5c-9b49-7a3f4e5d6c03',
  outage: '3e9c8d85-b041-4f6d-8c5a-8b4a5f6e7d04',
  changeRequest: '4fad9e96-c152-4a7e-9d6b-9c5b6a7f8e05',
  initiative: '50beafa7-d263-4b8f-8e7c-ad6c7b8a9f06',
  triggeringEvent: '61cfb0b8-e374-4c90-9f8d-be7d8c9ba007',
  feedback: '72d0c1c9-f485-4da1-8a9e-cf8e9dacb108',
  survey: '83e1d2da-0596-4eb2-9baf-d09faebdc209',
  target: '94f2e3eb-16a7-4fc3-8cb0-e1a0bfcede0a',
};

export const at = '2026-03-02T09:30:00Z';
